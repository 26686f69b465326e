/**
 * Built-in sample postings, written for this app (fictional companies). Varied on purpose:
 * fields of work, currencies (USD, EUR, GBP, CAD), hourly and yearly pay, remote / hybrid /
 * onsite, and one with no salary, so a new user sees a real comparison in one click.
 */
export interface SamplePosting {
  name: string;
  text: string;
}

export const SAMPLE_POSTINGS: SamplePosting[] = [
  {
    name: 'Sample - Senior Backend Engineer.txt',
    text: `Senior Backend Engineer
Northwind Labs
Remote (United States)
Full-time

About the role
Northwind Labs builds scheduling software for community clinics. You will design and run the APIs that 4,000 clinics rely on every day.

Responsibilities
- Design, build and operate backend services in TypeScript and Go
- Own our PostgreSQL schema and its migrations
- Run services on AWS with Docker and Kubernetes
- Review code and mentor two mid-level engineers

Requirements
- 5+ years of professional software engineering experience
- Bachelor's degree in Computer Science or a related field, or equivalent experience
- Strong TypeScript and Node.js
- Experience with PostgreSQL and Redis
- Clear written communication

Nice to have
- Experience with Terraform
- Experience with GraphQL

Compensation
The base salary range for this role is $165,000 - $195,000 per year, plus equity.

Benefits
- Medical, dental and vision insurance
- 401(k) with 4% company match
- 25 days of paid time off and 12 paid holidays
- 16 weeks of paid parental leave
- $1,000 home office stipend
`,
  },
  {
    name: 'Sample - Registered Nurse, ICU.txt',
    text: `Registered Nurse - ICU (Night Shift)
Riverside General Hospital
Portland, OR
Full-time, on-site

Pay: $52.00 - $68.50 per hour, based on experience. Night shift differential applies.

What you will do
- Provide direct care to critically ill adult patients in a 24-bed ICU
- Administer medications and monitor patients on ventilators
- Document care in Epic
- Work with physicians, respiratory therapists and families

What you need
- Active Oregon RN license
- BLS and ACLS certification
- 2 years of acute care nursing experience, ICU preferred
- Associate degree in Nursing required; Bachelor of Science in Nursing (BSN) preferred

Benefits
- Health, dental and vision insurance from day one
- 403(b) retirement plan with employer match
- Tuition reimbursement
- Paid time off and sick leave
`,
  },
  {
    name: 'Sample - Retail Store Supervisor.txt',
    text: `Retail Store Supervisor
Larkfield Home & Garden
Manchester, UK
Part-time (30 hours per week), on-site

£13.20 per hour

About you
You enjoy helping customers find what they need and you keep a busy shop floor running smoothly.

Your responsibilities
- Open and close the store, cash up and bank takings
- Lead a team of six sales assistants on shift
- Manage deliveries, stock rotation and visual merchandising
- Handle customer queries and complaints with care

What we are looking for
- 1 year of retail experience, with some time as a key holder or supervisor
- Excellent customer service and communication skills
- Comfortable with point of sale systems and inventory management

What we offer
- 20% staff discount
- 28 days holiday (pro rata)
- Company pension scheme
- Free on-site parking
`,
  },
  {
    name: 'Sample - Financial Analyst.txt',
    text: `Financial Analyst (FP&A)
Hansa Mobility GmbH
Berlin, Germany
Hybrid: 3 days in the office, 2 days from home
Full-time

Salary: €62.000 - €74.000 per year

Your tasks
- Build and maintain the monthly forecast and annual budget
- Prepare management reporting and variance analysis
- Develop financial models for new city launches
- Partner with operations managers on cost control

Your profile
- Master's degree in Finance, Economics or Business Administration
- 3 years of experience in FP&A, controlling or corporate finance
- Advanced Excel and financial modelling; SAP experience
- Experience with Power BI or Tableau is a plus
- Fluent English; German is a plus

We offer
- 30 days of vacation
- Company pension plan
- Public transport ticket
- Annual bonus
`,
  },
  {
    name: 'Sample - Grade 5 Teacher.txt',
    text: `Grade 5 Classroom Teacher
Maple Ridge Academy
Toronto, ON
Full-time, in person

Salary: $58,000 - $86,000 a year, depending on experience and qualifications (placement on the teacher salary grid).

Responsibilities
- Plan and deliver lessons in literacy, mathematics, science and social studies
- Assess student progress and write report cards
- Adapt instruction for students with IEPs
- Communicate regularly with parents and guardians

Qualifications
- Bachelor of Education (B.Ed.) required
- Ontario College of Teachers certification in good standing
- 2 years of classroom teaching experience
- Strong classroom management and lesson planning skills

Benefits
- Extended health and dental benefits
- Defined benefit pension plan
- Professional development allowance
`,
  },
  {
    name: 'Sample - UX Designer.txt',
    text: `UX/UI Designer
Studio Parallel
Amsterdam, Netherlands
Hybrid
Contract, 12 months

About the job
Studio Parallel designs public services for Dutch municipalities. You will join a team of five designers working on accessible citizen portals.

What you will do
- Run user research interviews and usability tests
- Turn findings into flows, wireframes and high-fidelity prototypes in Figma
- Maintain our design system with front-end developers
- Check designs against WCAG accessibility guidelines

What you bring
- 3 years of experience in UX or product design
- A portfolio showing end-to-end design work
- Strong Figma and prototyping skills
- Experience with HTML and CSS is a plus

Rate: €450 - €550 per day
`,
  },
  {
    name: 'Sample - Warehouse Operations Lead.txt',
    text: `Warehouse Operations Lead
Cascade Freight Services
Calgary, AB
Full-time, on-site

Lead the day shift at our 200,000 sq ft distribution centre. Compensation is competitive and will be discussed during the interview.

Responsibilities
- Supervise a team of 15 warehouse associates and forklift operators
- Plan daily picking, packing and shipping to meet carrier cut-offs
- Track inventory accuracy in our WMS and lead cycle counts
- Enforce safety procedures and run weekly safety talks

Requirements
- High school diploma or equivalent
- 3 years of warehouse experience, including 1 year in a lead role
- Forklift certification
- Working knowledge of inventory management and Microsoft Excel
- Strong leadership and problem-solving skills

Benefits
- Health and dental coverage
- RRSP matching
- Paid vacation
- Safety boot allowance
`,
  },
];
